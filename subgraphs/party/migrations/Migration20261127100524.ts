import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service_post" add constraint "service_post_community_id_name_unique" unique ("community_id", "name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_post" drop constraint "service_post_community_id_name_unique";`);
  }

}
