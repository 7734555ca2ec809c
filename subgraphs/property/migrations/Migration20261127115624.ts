import { Migration } from '@mikro-orm/migrations';

export class Migration20261127115624 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "territory" add column "latitude" double precision null, add column "longitude" double precision null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "territory" drop column "latitude", drop column "longitude";`);
  }

}
