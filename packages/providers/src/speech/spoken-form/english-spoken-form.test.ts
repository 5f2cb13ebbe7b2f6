import { describe, expect, it } from "vitest";
import { englishSpokenForm as say } from "./english-spoken-form";
import { spokenForm } from "./index";

describe("English spoken form", () => {
  it.each([
    ["It took 2.8s.", "It took two point eight seconds."],
    ["latency of 240 ms", "latency of two hundred forty milliseconds"],
    ["240ms", "two hundred forty milliseconds"],
    ["1 ms", "one millisecond"],
    ["5x faster", "five times faster"],
    ["30% fewer errors", "thirty percent fewer errors"],
    ["16GB of RAM", "sixteen gigabytes of RAM"],
    ["p95 latency", "P ninety-five latency"],
    ["10k users", "ten thousand users"],
    ["1,200,000 rows", "one million two hundred thousand rows"],
    ["3~5 people", "three to five people"],
    ["3 to 5 ms", "three to five milliseconds"],
    ["-5 degrees", "minus five degrees"],
    ["v1.2.3", "version one point two point three"],
    ["On 2024-06-10 we shipped", "On June tenth, twenty twenty-four we shipped"],
    ["in 2019", "in twenty nineteen"],
    ["the 3rd attempt", "the third attempt"],
    ["at 14:30", "at fourteen thirty"],
    ["at 9:05", "at nine oh five"],
    ["call 010-1234-5678", "call zero one zero, one two three four, five six seven eight"],
    ["Node.js and C++", "node J S and C plus plus"],
    ["1,000 TPS", "one thousand transactions per second"],
  ])("%s -> %s", (text, spoken) => expect(say(text)).toBe(spoken));

  it("keeps plain sentences as they are", () => {
    expect(say("Tell me about yourself.")).toBe("Tell me about yourself.");
  });
});

describe("spokenForm picks the session language", () => {
  it("reads the same figures in each language", () => {
    expect(spokenForm("3명, 2.8초", "ko")).toBe("세 명, 이 점 팔 초");
    expect(spokenForm("3 people, 2.8s", "en")).toBe("three people, two point eight seconds");
  });
});
