import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../../components/language-switcher';
import { LogoutButton } from '../../components/logout-button';
import { MenuToggle } from '../../components/menu-toggle';
import { NavLinks } from '../../components/nav-links';
import { getI18n } from '../../i18n/server';
import { requireCaller } from '../../lib/api-server';
import { menuFor } from '../../nav';

const GROUP_LABEL = { admin: 'nav.admin', self: 'nav.self', reseller: 'nav.reseller' } as const;

/** Every page behind the login: top bar, role-aware menu, content. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const caller = await requireCaller();
  const { t, locale } = await getI18n();
  const menu = menuFor(caller.role, caller.user !== null);
  const name =
    caller.user === null ? t(`role.${caller.role}`) : `${caller.user.firstName} ${caller.user.lastName}`;
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <a className="brand" href="/">
          {t('app.name')}
        </a>
        <span className="who" data-testid="who">
          {name} · {t(`role.${caller.role}`)}
        </span>
        <LanguageSwitcher current={locale} />
        <LogoutButton />
      </header>
      <div className="layout">
        <MenuToggle label={t('app.menu')} navLabel={t('nav.main')}>
          {menu.map((group) => (
            <div className="nav-group" key={group.audience}>
              <h2>{t(GROUP_LABEL[group.audience])}</h2>
              <NavLinks links={group.entries.map((entry) => ({ href: entry.href, label: t(entry.label) }))} />
            </div>
          ))}
        </MenuToggle>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
