import { Migration } from '@mikro-orm/migrations';

export class Migration20261127113440 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event_checkpoint" ("consumer" varchar(100) not null, "stream" varchar(100) not null, "sequence" int not null default 0, "occurred_at" timestamptz null, "applied_at" timestamptz not null, constraint "event_checkpoint_pkey" primary key ("consumer"));`);

    this.addSql(`create table "event_parked" ("consumer" varchar(100) not null, "sequence" int not null, "stream" varchar(100) not null, "type" varchar(100) not null, "aggregate_id" varchar(64) not null, "payload" text not null, "error" text not null, "attempts" int not null, "parked_at" timestamptz not null, constraint "event_parked_pkey" primary key ("consumer", "sequence"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_checkpoint" cascade;`);

    this.addSql(`drop table if exists "event_parked" cascade;`);
  }

}
