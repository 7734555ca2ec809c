import { Migration } from '@mikro-orm/migrations';

export class Migration20261127154934 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_record" ("id" uuid not null, "caller_id" varchar(255) not null, "idempotency_key" varchar(255) not null, "operation" varchar(255) not null, "content_hash" varchar(255) not null, "result" text null, "received_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_caller_id_idempotency_key_unique" unique ("caller_id", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }

}
