import { Migration } from '@mikro-orm/migrations';

export class Migration20261127154902 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_record" ("id" uuid not null, "caller_id" varchar(255) not null, "idempotency_key" varchar(255) not null, "operation" varchar(255) not null, "content_hash" varchar(255) not null, "result" text null, "received_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_caller_id_idempotency_key_unique" unique ("caller_id", "idempotency_key");`);

    // The 12345 intake's keys move to the kit's idempotency records (kit/idempotency): a retry of a
    // ticket taken before this migration still finds its event. Same content hash (the input without
    // its key, keys sorted, nulls left out), the answer as a reference to the event.
    this.addSql(`insert into "idempotency_record" ("id", "caller_id", "idempotency_key", "operation", "content_hash", "result", "received_at")
      select "id", "agency_id", "idempotency_key", 'submitHotlineTicket', "content_hash",
        '{"kind":"object","fields":{"gridEvent":{"kind":"entity","type":"GridEvent","id":"' || "event_id" || '"}}}', "received_at"
      from "hotline_intake";`);
    this.addSql(`drop table if exists "hotline_intake" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "hotline_intake" ("id" uuid not null, "agency_id" varchar(255) not null, "idempotency_key" varchar(255) not null, "content_hash" varchar(255) not null, "event_id" uuid not null, "received_at" timestamptz(6) not null, constraint "hotline_intake_pkey" primary key ("id"));`);
    this.addSql(`alter table "hotline_intake" add constraint "hotline_intake_agency_id_idempotency_key_unique" unique ("agency_id", "idempotency_key");`);
    this.addSql(`insert into "hotline_intake" ("id", "agency_id", "idempotency_key", "content_hash", "event_id", "received_at")
      select "id", "caller_id", "idempotency_key", "content_hash", ("result"::json -> 'fields' -> 'gridEvent' ->> 'id')::uuid, "received_at"
      from "idempotency_record" where "operation" = 'submitHotlineTicket' and "result" is not null;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }

}
