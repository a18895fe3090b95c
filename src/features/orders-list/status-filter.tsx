import { useId } from "react";
import type { OrderPaymentStatus } from "@/api/mappers";
import { filterableStatuses, statusLabels } from "@/api/status";
import { inputClass } from "@/components/ui/field";
import { t } from "@/i18n/i18n";
import { cn } from "@/lib/cn";

type Props = { value: OrderPaymentStatus | undefined; onChange: (status: OrderPaymentStatus | "") => void };

export function StatusFilter({ value, onChange }: Props) {
  const id = useId();
  return (
    <div className="space-y-1.5 sm:w-56">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("orders.statusLabel")}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value as OrderPaymentStatus | "")}
        className={cn(inputClass, "pe-8")}
      >
        <option value="">{t("orders.allStatuses")}</option>
        {filterableStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status].label}
          </option>
        ))}
      </select>
    </div>
  );
}
