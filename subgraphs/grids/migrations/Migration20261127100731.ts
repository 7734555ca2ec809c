import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_event" ("sequence" int not null, "type" varchar(100) not null, "aggregate_id" varchar(64) not null, "payload" text not null, "occurred_at" timestamptz not null, "request_id" varchar(64) null, "published_at" timestamptz null, constraint "outbox_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "outbox_event" ("published_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }

}
