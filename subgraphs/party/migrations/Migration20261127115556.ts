import { Migration } from '@mikro-orm/migrations';

export class Migration20261127115556 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "party_organization_change" ("id" uuid not null, "organization_id" uuid not null, "kind" text check ("kind" in ('RENAMED', 'SECRETARY_APPOINTED')) not null, "previous_name" varchar(255) null, "name" varchar(255) null, "previous_secretary_id" uuid null, "secretary_id" uuid null, "changed_by" varchar(255) not null, "changed_at" timestamptz not null, "community_id" uuid not null, "subdistrict_id" uuid not null, constraint "party_organization_change_pkey" primary key ("id"));`);
    this.addSql(`create index "party_organization_change_organization_id_changed_at_index" on "party_organization_change" ("organization_id", "changed_at");`);

    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_organization_id_foreign" foreign key ("organization_id") references "party_organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "party_organization_change" cascade;`);
  }

}
