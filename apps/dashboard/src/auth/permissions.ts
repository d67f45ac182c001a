import type { SessionUser } from './session-store';

/** Researchers and admins upload datasets and restore versions; viewers and visitors read. */
export function canManageDatasets(user: SessionUser | null | undefined): boolean {
  return user?.role === 'researcher' || user?.role === 'admin';
}

/** Why the user cannot upload or restore, in a sentence; null when they can. */
export function manageRefusal(user: SessionUser | null | undefined): string | null {
  if (canManageDatasets(user)) return null;
  if (!user) return 'Log in as a researcher or admin to upload datasets and restore versions; anyone can read the list.';
  return `You are logged in as a ${user.role}: you can read datasets and their versions, but uploading and restoring need the researcher or admin role. Ask an admin to change your role.`;
}
