/** The server's (or the form's) message for the whole form, announced when it appears. */
export function FormError({ message, className }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`rounded-md bg-red-50 px-3 py-2 text-sm text-danger ${className ?? ""}`}>
      {message}
    </p>
  );
}
