import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { Sessions } from './sessions.js';

@Module({
  // The guard is also a provider of its own: the multipart upload gate authenticates through it.
  providers: [AuthService, AuthResolver, LoginThrottle, Sessions, AuthGuard, { provide: APP_GUARD, useExisting: AuthGuard }],
  exports: [AuthService, AuthGuard],
})
export class AuthModule {}
