/** The one thing a controller needs from the Fastify reply: setting a header (Location). */
export interface HeaderReply {
  header(name: string, value: string): unknown;
}
