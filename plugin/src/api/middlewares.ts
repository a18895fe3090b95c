// Every route this plugin adds to or guards, in one list (Medusa reads only this file).
import { defineMiddlewares } from "@medusajs/framework/http";
import { captureQueueRoutes } from "../capture-queue/middlewares";
import { moneyMoveRoutes } from "../money-moves/middlewares";
import { orderPaymentsRoutes } from "../order-payments/middlewares";
import { appRoutes } from "../serve-app/middlewares";

export default defineMiddlewares({
  routes: [...moneyMoveRoutes, ...orderPaymentsRoutes, ...captureQueueRoutes, ...appRoutes],
});
