import { Migration } from '@mikro-orm/migrations';

export class Migration20261127105539 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "outbox_event_published_at_index";`);

    this.addSql(`create index "outbox_event_published_at_sequence_index" on "outbox_event" ("published_at", "sequence");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_event_published_at_sequence_index";`);

    this.addSql(`create index "outbox_event_published_at_index" on "outbox_event" ("published_at");`);
  }

}
