/**
 * An application that uses govreply as a named module: {@code requires dev.govreply;} is all it
 * needs. The {@code opens} is Bean Validation's own rule for any module whose objects it validates
 * (it reads their fields reflectively), not something govreply asks for.
 */
module app {
  requires dev.govreply;

  opens app to org.hibernate.validator;
}
