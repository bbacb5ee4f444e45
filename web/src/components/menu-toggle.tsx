'use client';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useState } from 'react';

/** On a phone the menu folds behind a button; from 52rem wide it is always shown (see globals.css). */
export function MenuToggle({
  label,
  navLabel,
  children,
}: {
  label: string;
  navLabel: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Following a link closes the menu again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="sidebar">
      <button
        type="button"
        className="secondary menu-button"
        aria-expanded={open}
        aria-controls="main-nav"
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <nav id="main-nav" aria-label={navLabel} data-open={open}>
        {children}
      </nav>
    </div>
  );
}
