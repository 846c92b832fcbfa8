import type { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { IssueRecommendationCommand, SubmitFollowUpCommand } from '@app/follow-up';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ImportRecommendationRowCommand } from './recommendations-row.command';
import { ImportRecommendationRowHandler } from './recommendations-row.handler';
import { ImportRecommendationRowDto } from './recommendations-row.request.dto';
import { recommendationsTable } from './recommendations.kind';

const meta = { commandId: 'row', correlationId: 'c', causationId: 'i', actor: { id: 'a', role: 'admin' }, issuedAt: new Date('2026-11-22T03:00:00Z') } as CommandMeta;
const item = { entityCode: '64.01', kind: 'saran_perbaikan', sourceType: 'supervision', sourceRef: 'LHP-7/2023', issuedOn: '2023-03-01' };
const history = { followUpSubmittedOn: '2023-04-10', followUpSummary: 'Done', followUpDocuments: 'd1' };
const row = (cells: Record<string, string>) => new ImportRecommendationRowCommand(plainToInstance(ImportRecommendationRowDto, recommendationsTable.toBody(cells).body), meta, recommendationsTable);
const result = (id: string, replayed = false): CommandResult => ({ id, stream: `recommendation-${id}`, revision: 0, position: '1', replayed });

/** A CommandBus whose IssueRecommendation commands finish only when the test says so. */
function slowBus() {
  const log: string[] = [];
  const pending: Array<() => void> = [];
  const bus = {
    execute(command: object): Promise<unknown> {
      if (command instanceof IssueRecommendationCommand) {
        log.push(`issue ${command.body.title}`);
        return new Promise((resolve) => pending.push(() => resolve(result(command.body.title))));
      }
      if (command instanceof SubmitFollowUpCommand) {
        log.push(`submit ${command.recommendationId}`);
        return Promise.resolve({ ...result(command.recommendationId), followUpId: 'f1' });
      }
      throw new Error('unexpected command');
    },
  };
  return { bus: bus as unknown as CommandBus, log, finishNext: () => pending.shift()?.() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('writing recommendations rows through the CommandBus', () => {
  it('runs the rows of one item in file order, while rows of other items overlap', async () => {
    const { bus, log, finishNext } = slowBus();
    const handler = new ImportRecommendationRowHandler(bus);
    const first = handler.execute(row({ ...item, title: 'A' }));
    const second = handler.execute(row({ ...item, title: 'A', ...history }));
    const other = handler.execute(row({ ...item, title: 'B' }));
    await settle();
    // The second line of A waits for the first; B does not wait for A.
    expect(log).toEqual(['issue A', 'issue B']);
    finishNext();
    await settle();
    expect(log).toEqual(['issue A', 'issue B', 'issue A']);
    finishNext();
    finishNext();
    await Promise.all([first, second, other]);
    expect(log).toEqual(['issue A', 'issue B', 'issue A', 'submit A']);
    expect(await second).toMatchObject({ id: 'A', replayed: false });
  });

  it('lets the next line of an item run after a refused one', async () => {
    const refusing = {
      calls: 0,
      execute(command: object): Promise<unknown> {
        this.calls += 1;
        if (this.calls === 1) return Promise.reject(new Error('refused'));
        return command instanceof SubmitFollowUpCommand ? Promise.resolve({ ...result('A'), followUpId: 'f1' }) : Promise.resolve(result('A', true));
      },
    };
    const handler = new ImportRecommendationRowHandler(refusing as unknown as CommandBus);
    const first = handler.execute(row({ ...item, title: 'A' }));
    const second = handler.execute(row({ ...item, title: 'A', ...history }));
    await expect(first).rejects.toThrow('refused');
    await expect(second).resolves.toMatchObject({ id: 'A', replayed: false });
  });
});
