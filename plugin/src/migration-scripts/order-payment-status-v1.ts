// `npx medusa db:migrate` runs this once, after Medusa's own migrations and link tables exist:
// the stored payment status needs triggers on order_payment_collection, a link table created
// after every module migration. See docs/decisions/006.
import type { MedusaContainer } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { INSTALL_STATUS_SQL } from "../order-payments/stored-status-sql";

type Knex = { transaction: (run: (trx: { raw: (sql: string) => Promise<unknown> }) => Promise<void>) => Promise<void> };

export default async function installOrderPaymentStatus({ container }: { container: MedusaContainer }) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION);
  // One transaction: the table, its triggers and the backfill of existing orders, or nothing.
  await db.transaction(async (trx) => {
    await trx.raw(INSTALL_STATUS_SQL);
  });
}
