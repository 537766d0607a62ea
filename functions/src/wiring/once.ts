/**
 * A value built on first use and kept for the life of the Lambda container. Call sites mark it
 * `/* @__PURE__ *\/` so that a bundle drops every one its handler never calls.
 */
export const once = <T>(build: () => T) => {
  let value: T | undefined;
  return () => (value ??= build());
};
