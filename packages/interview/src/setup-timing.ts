// Browser-safe entry (no question bank, no Node APIs): the setup's length and pause rules for the web app.
export * from "./setup/interview-length";
export * from "./setup/style-pauses";
