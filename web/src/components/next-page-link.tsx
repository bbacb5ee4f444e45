import Link from 'next/link';

/** The API's cursor pages: a link to the next one while there is one. */
export function NextPageLink({
  cursor,
  label,
  query = {},
}: {
  cursor: string | undefined;
  label: string;
  query?: Record<string, string>;
}) {
  if (cursor === undefined) return null;
  const params = new URLSearchParams({ ...query, cursor });
  return (
    <p>
      <Link href={`?${params.toString()}`} rel="next">
        {label}
      </Link>
    </p>
  );
}
