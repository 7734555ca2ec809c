import { Migration } from '@mikro-orm/migrations';

export class Migration20261127131640 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grid_event" drop constraint if exists "grid_event_source_check";`);

    this.addSql(`alter table "grid_event" add constraint "grid_event_source_check" check("source" in ('RESIDENT_REPORT', 'PATROL', 'HOTLINE_12345', 'APP_PHOTO', 'SUPERIOR_ASSIGNMENT', 'DEPARTMENT_LEAD', 'INSPECTION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grid_event" drop constraint if exists "grid_event_source_check";`);

    this.addSql(`alter table "grid_event" add constraint "grid_event_source_check" check("source" in ('RESIDENT_REPORT', 'PATROL', 'HOTLINE_12345', 'APP_PHOTO', 'SUPERIOR_ASSIGNMENT', 'DEPARTMENT_LEAD'));`);
  }

}
