import { t } from "@/i18n/i18n";

/** Said wherever the order is still shown after a re-read failed: its figures may be old. */
export const staleWords = () => t("money.stale");
