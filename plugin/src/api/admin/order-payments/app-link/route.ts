// GET /admin/order-payments/app-link -> { app_url }: where links to the Order payments app
// point, from this plugin's options. Admin-only, like every /admin route (Medusa authenticates them).
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http";
import type { ConfigModule } from "@medusajs/framework/types";
import { ContainerRegistrationKeys } from "@medusajs/framework/utils";
import { ownOptions } from "../../../../serve-app/options";
import { appLinkBase } from "./app-link";

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE);
  res.json({ app_url: appLinkBase(ownOptions(config.plugins)) });
}
