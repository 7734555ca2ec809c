import { Migration } from '@mikro-orm/migrations';

export class Migration20261127115144 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "party_organization" add column "grid_id" uuid null;`);
    this.addSql(`create index "party_organization_grid_id_index" on "party_organization" ("grid_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "party_organization_grid_id_index";`);
    this.addSql(`alter table "party_organization" drop column "grid_id";`);
  }

}
