package com.rolecompare.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link Fingerprints} available to templates as {@code #assets}, e.g. {@code @{${#assets.url('/css/site.css')}}}. */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "assets";

    private final Fingerprints assets;

    AssetsDialect(Fingerprints assets) {
        super(NAME);
        this.assets = assets;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? assets : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
