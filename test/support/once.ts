/**
 * A setup step that runs once, whichever test needs it first: tests await the steps they build
 * on instead of counting on an earlier test to have run them, so they hold in any order.
 */
export function once<T>(step: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= step());
}
