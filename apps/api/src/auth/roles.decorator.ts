import { SetMetadata } from '@nestjs/common';
import type { Role } from '@marketlens/domain';

export const ROLES_KEY = 'marketlens:roles';
export const PUBLIC_KEY = 'marketlens:public';

/** Only callers with one of these roles may run this resolver. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Anyone may run this mutation (login). Mutations are closed unless marked one way or the other. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
