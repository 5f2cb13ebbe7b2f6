// The judge's comparison itself (tokens, and the problem's float tolerance), from the sandbox's pure
// entry point: a sample that passes in the browser passes on the server.
export { outputsMatch } from "@studio/sandbox/compare";
