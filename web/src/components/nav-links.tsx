'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The menu's links; the current section is marked for assistive technology and styling. */
export function NavLinks({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The longest matching prefix is current: /admin/users/new marks "Users", not "Dashboard".
  const current = links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={link.href === current ? 'page' : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
