/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to decide when to wrap its actions.
 * A do-nothing stand-in is enough: layout is not what these tests check.
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoopResizeObserver, writable: true });
}

// The machine running these tests may be busy; React and Fluent render slowly under load.
// defaultHidden skips the per-ancestor getComputedStyle walk that makes role queries over
// Fluent's DOM take seconds; tests still find elements by role and accessible name.
configure({ asyncUtilTimeout: 5_000, defaultHidden: true });
jest.setTimeout(120_000);
