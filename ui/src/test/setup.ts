// Every UI test runs at the time the fixtures were recorded at (../lib/mock.ts): the clock is
// stopped there (only `Date`; timers run), so times the tests compute match the recorded ones.
import { afterEach, beforeEach, vi } from "vitest";
import { NOW } from "../lib/mock";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(NOW) });
});
afterEach(() => {
  vi.useRealTimers();
});
