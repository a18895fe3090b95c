import { useId, type ReactNode } from "react";

type Props = {
  label: string;
  description?: ReactNode;
  error?: string;
  /** Render the control with the ids that tie it to its label, description and error. */
  children: (ids: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
};

export function Field({ label, description, error, children }: Props) {
  const id = useId();
  const describedBy = [description && `${id}-desc`, error && `${id}-err`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {description && (
        <p id={`${id}-desc`} className="text-xs text-muted">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm shadow-sm aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";
