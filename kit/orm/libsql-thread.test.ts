import { LibSqlThread } from './libsql-thread';

/**
 * The worker keeps prepared statements per connection by SQL text. What must hold: the same text
 * is prepared once, the cache stays within its size, it goes with its connection, and a statement
 * prepared before a schema change answers for the schema after it.
 */
describe('prepared statements in the libSQL worker', () => {
  let thread: LibSqlThread;
  afterEach(() => thread.terminate());

  async function openWith(statementsPerConnection: number): Promise<number> {
    thread = new LibSqlThread(statementsPerConnection);
    const { id } = await thread.open({ filename: ':memory:' });
    await thread.query(id, 'create table household (id integer primary key, room text not null unique)', [], 'run');
    return id;
  }

  it('prepares each SQL text once and keeps no more than its size, least recently used dropped', async () => {
    const connection = await openWith(3);
    for (const room of ['101', '102', '103']) await thread.query(connection, 'insert into household (room) values (?)', [room], 'run');
    expect(await thread.cachedStatements(connection)).toBe(2);
    await thread.query(connection, 'select room from household order by room', [], 'all');
    await thread.query(connection, 'select count(*) as households from household', [], 'all');
    // Four texts so far, three kept: the create statement, used least recently, went first.
    expect(await thread.cachedStatements(connection)).toBe(3);
    // The insert is kept; using it again must not push the cache over its size.
    await thread.query(connection, 'insert into household (room) values (?)', ['104'], 'run');
    expect(await thread.cachedStatements(connection)).toBe(3);
    expect(await thread.query(connection, 'select count(*) as households from household', [], 'all')).toEqual([{ households: 4 }]);
  });

  it('answers for the schema after a migration changed the table a kept statement reads', async () => {
    const connection = await openWith(10);
    await thread.query(connection, 'insert into household (room) values (?)', ['101'], 'run');
    expect(await thread.query(connection, 'select * from household', [], 'all')).toEqual([{ id: 1, room: '101' }]);
    await thread.query(connection, "alter table household add column address text not null default '1-1-101'", [], 'run');
    expect(await thread.query(connection, 'select * from household', [], 'all')).toEqual([{ id: 1, room: '101', address: '1-1-101' }]);
    await thread.query(connection, 'alter table household rename column room to unit_room', [], 'run');
    expect(await thread.query(connection, 'select * from household', [], 'all')).toEqual([{ id: 1, unit_room: '101', address: '1-1-101' }]);
  });

  it('runs a kept statement again after it failed once', async () => {
    const connection = await openWith(10);
    const insert = 'insert into household (room) values (?)';
    await thread.query(connection, insert, ['101'], 'run');
    await expect(thread.query(connection, insert, ['101'], 'run')).rejects.toThrow(/UNIQUE constraint failed/);
    await thread.query(connection, insert, ['102'], 'run');
    expect(await thread.query(connection, 'select room from household order by room', [], 'all')).toEqual([{ room: '101' }, { room: '102' }]);
  });

  it('drops a connection\'s statements when the connection closes', async () => {
    const connection = await openWith(10);
    await thread.query(connection, 'select 1 as one', [], 'all');
    expect(await thread.cachedStatements(connection)).toBe(2);
    await thread.close(connection);
    expect(await thread.cachedStatements(connection)).toBe(0);
  });
});
