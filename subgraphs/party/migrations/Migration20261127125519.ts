import { Migration } from '@mikro-orm/migrations';

export class Migration20261127125519 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "party_organization_change" drop constraint if exists "party_organization_change_kind_check";`);

    this.addSql(`alter table "party_organization" add column "status" text check ("status" in ('ACTIVE', 'MERGED', 'DISSOLVED')) not null default 'ACTIVE', add column "merged_into_id" uuid null, add column "ended_at" timestamptz null;`);
    this.addSql(`alter table "party_organization" alter column "attached_id" drop default;`);
    this.addSql(`alter table "party_organization" alter column "attached_id" type uuid using ("attached_id"::text::uuid);`);
    this.addSql(`alter table "party_organization" alter column "attached_id" drop not null;`);
    this.addSql(`create index "party_organization_merged_into_id_index" on "party_organization" ("merged_into_id");`);

    this.addSql(`alter table "party_organization_change" add column "other_organization_id" uuid null, add column "reason" varchar(255) null;`);
    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_kind_check" check("kind" in ('SET_UP', 'RENAMED', 'SECRETARY_APPOINTED', 'MERGED_INTO', 'ABSORBED', 'DISSOLVED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "party_organization_change" drop constraint if exists "party_organization_change_kind_check";`);

    this.addSql(`drop index "party_organization_merged_into_id_index";`);
    this.addSql(`alter table "party_organization" drop column "status", drop column "merged_into_id", drop column "ended_at";`);

    this.addSql(`alter table "party_organization" alter column "attached_id" drop default;`);
    this.addSql(`alter table "party_organization" alter column "attached_id" type uuid using ("attached_id"::text::uuid);`);
    this.addSql(`alter table "party_organization" alter column "attached_id" set not null;`);

    this.addSql(`alter table "party_organization_change" drop column "other_organization_id", drop column "reason";`);

    this.addSql(`alter table "party_organization_change" add constraint "party_organization_change_kind_check" check("kind" in ('SET_UP', 'RENAMED', 'SECRETARY_APPOINTED'));`);
  }

}
