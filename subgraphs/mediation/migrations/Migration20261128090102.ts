import { Migration } from '@mikro-orm/migrations';

export class Migration20261128090102 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "territory_community_id_index";`);
    this.addSql(`drop index "territory_subdistrict_id_index";`);

    this.addSql(`create index "territory_community_id_level_index" on "territory" ("community_id", "level");`);
    this.addSql(`create index "territory_subdistrict_id_level_index" on "territory" ("subdistrict_id", "level");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "territory_community_id_level_index";`);
    this.addSql(`drop index "territory_subdistrict_id_level_index";`);

    this.addSql(`create index "territory_community_id_index" on "territory" ("community_id");`);
    this.addSql(`create index "territory_subdistrict_id_index" on "territory" ("subdistrict_id");`);
  }

}
