import { DomainError } from '@feedloop/core/errors/domain-error';

export class ThemeNotFoundError extends DomainError {
  readonly code = 'THEME_NOT_FOUND';
  constructor(key: string) {
    super(`theme ${key} does not exist`, 'key');
  }
}

export class ThemeKeyTakenError extends DomainError {
  readonly code = 'THEME_KEY_TAKEN';
  constructor(key: string) {
    super(`key ${key} is already used by another theme`, 'key');
  }
}

export class KeywordRuleNotFoundError extends DomainError {
  readonly code = 'KEYWORD_RULE_NOT_FOUND';
  constructor(id: string) {
    super(`keyword rule ${id} does not exist`, 'id');
  }
}
