package org.councilfeedback.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of staff pages: rendered in the staff layout, with the staff 403 and 404 pages for the errors it
 * raises (see the access module's page advice). API controllers are {@code @RestController}s instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface StaffPages {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
