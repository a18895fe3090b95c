import { Link } from "wouter";

export function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">There is nothing at this address.</p>
      <Link href="/orders" className="mt-6 inline-block font-medium text-accent underline">
        Go to orders
      </Link>
    </div>
  );
}
