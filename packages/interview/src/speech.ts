// The browser's entry: delivery maths and transcript helpers without the question bank.
export * from "./delivery";
export { countSpokenUnits } from "./report/speech-analytics";
export { countFillers } from "./text/fillers";
