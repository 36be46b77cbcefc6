package dev.hireloop.domain.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;

/** Finds the domain's production classes of a kind, so that tests cover new ones without being edited. */
public final class DomainTypes {
  private static final List<Class<?>> ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.hireloop.domain")
      .stream()
      .map(JavaClass::reflect)
      .sorted(Comparator.comparing(Class::getName))
      .toList();

  private DomainTypes() {}

  /** Concrete production classes assignable to {@code type}. */
  public static <T> List<Class<? extends T>> concreteImplementationsOf(Class<T> type) {
    return ALL.stream()
        .filter(type::isAssignableFrom)
        .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
        .<Class<? extends T>>map(c -> c.asSubclass(type))
        .toList();
  }

  /** Invokes reflectively and rethrows what the invoked code threw, so that assertions see the real exception. */
  public static Object invoke(ReflectiveCall call) throws Throwable {
    try {
      return call.run();
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A reflective call. */
  @FunctionalInterface
  public interface ReflectiveCall {
    Object run() throws ReflectiveOperationException;
  }
}
