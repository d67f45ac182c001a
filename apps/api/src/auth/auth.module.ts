import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { Sessions } from './sessions.js';

@Module({
  providers: [AuthService, AuthResolver, LoginThrottle, Sessions, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
