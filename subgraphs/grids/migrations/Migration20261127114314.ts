import { Migration } from '@mikro-orm/migrations';

export class Migration20261127114314 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "building_steward_appointment" ("id" uuid not null, "building_id" uuid not null, "role" text check ("role" in ('STEWARD', 'HEAD')) not null, "resident_id" uuid not null, "previous_resident_id" uuid null, "appointed_by" varchar(255) not null, "appointed_at" timestamptz not null, "compound_id" uuid not null, "community_id" uuid not null, "subdistrict_id" uuid not null, "grid_id" uuid not null, constraint "building_steward_appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "building_steward_appointment_building_id_appointed_at_index" on "building_steward_appointment" ("building_id", "appointed_at");`);

    this.addSql(`alter table "building_steward_appointment" add constraint "building_steward_appointment_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "building" add column "steward_id" uuid null, add column "head_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "building_steward_appointment" cascade;`);

    this.addSql(`alter table "building" drop column "steward_id", drop column "head_id";`);
  }

}
