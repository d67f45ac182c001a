import type { ComponentChildren } from 'preact';
import { navigate, useLocation } from './navigation';

interface LinkProps {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
}

/** An ordinary link that navigates in place; a modified click (new tab, download) is left to the browser. */
export function Link({ href, children, class: className }: LinkProps) {
  const { pathname } = useLocation();
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} class={className} onClick={onClick} aria-current={pathname === href.split('?')[0] ? 'page' : undefined}>
      {children}
    </a>
  );
}
