import type { ComponentChildren } from 'preact';
import { Link } from '../../router/link';

interface HeadlineCardProps {
  /** Short class name ("leader-card"), for styling and tests. */
  readonly name: string;
  readonly title: string;
  /** The headline number or name, large. */
  readonly figure: ComponentChildren;
  /** The analyst view behind the card. */
  readonly link: { readonly href: string; readonly label: string };
  readonly children?: ComponentChildren;
}

/** One headline: a figure, what it means and where it comes from, and a link to the view behind it. */
export function HeadlineCard({ name, title, figure, link, children }: HeadlineCardProps) {
  const id = `${name}-title`;
  return (
    <article class={`headline-card ${name}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p class="headline-figure">{figure}</p>
      {children}
      <p class="headline-link">
        <Link href={link.href}>{link.label} →</Link>
      </p>
    </article>
  );
}
