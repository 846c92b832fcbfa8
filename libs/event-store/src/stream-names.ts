/** Streams are `<category>-<id>` ($by_category convention); the category never contains '-'. */
export function streamName(category: string, id: string): string {
  if (category.includes('-')) throw new Error(`Category ${category} must not contain '-'`);
  return `${category}-${id}`;
}

export function categoryOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
}

export function idOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? '' : stream.slice(dash + 1);
}
