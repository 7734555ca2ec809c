import { Migration } from '@mikro-orm/migrations';

export class Migration20261127131248 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("sequence" int not null, "at" timestamptz not null, "viewer_id" varchar(255) not null, "roles_text" varchar(255) not null, "action" text check ("action" in ('READ', 'MUTATION')) not null, "subject_type" varchar(100) null, "subject_id" varchar(64) null, "field" varchar(100) not null, "reason" text check ("reason" in ('GRID_EVENT_HANDLING', 'HOUSEHOLD_VISIT', 'REGISTRATION_CHECK', 'ELDER_CARE', 'MEDIATION', 'PARTY_AFFAIRS', 'PROPERTY_AFFAIRS', 'EMERGENCY')) null, "outcome" varchar(32) not null, "request_id" varchar(64) not null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_entry_pkey" primary key ("sequence"));`);
    this.addSql(`create index "audit_entry_request_id_index" on "audit_entry" ("request_id");`);
    this.addSql(`create index "audit_entry_subject_id_sequence_index" on "audit_entry" ("subject_id", "sequence");`);
    this.addSql(`create index "audit_entry_viewer_id_sequence_index" on "audit_entry" ("viewer_id", "sequence");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
