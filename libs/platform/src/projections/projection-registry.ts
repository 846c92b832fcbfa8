import { assertProjectionDefinition, type Projection } from './projection';

export class UnknownProjection extends Error {
  override name = 'UnknownProjection';
  constructor(
    readonly projection: string,
    known: readonly string[],
  ) {
    super(`No projection named "${projection}"; known: ${known.length > 0 ? known.join(', ') : '(none)'}`);
  }
}

/** The projections this build knows, by name. */
export class ProjectionRegistry {
  private readonly byName = new Map<string, Projection>();

  constructor(projections: readonly Projection[]) {
    for (const projection of projections) {
      assertProjectionDefinition(projection);
      if (this.byName.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
      this.byName.set(projection.name, projection);
    }
  }

  all(): Projection[] {
    return [...this.byName.values()];
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** @throws UnknownProjection */
  get(name: string): Projection {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjection(name, this.names());
    return projection;
  }
}
