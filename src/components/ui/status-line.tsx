/** A short progress message, read out by screen readers when it appears. */
export function StatusLine({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-md bg-blue-50 px-3 py-2 text-sm">
      {message}
    </p>
  );
}
