from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_domain" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "domain" VARCHAR(253) NOT NULL,
    "verification_token" VARCHAR(64) NOT NULL,
    "verified_domain" VARCHAR(253) UNIQUE,
    "verified_at" TIMESTAMP,
    "last_checked_at" TIMESTAMP,
    "created_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_account_dom_account_157875" UNIQUE ("account_id", "domain")
) /* A domain an account claims; verified by a DNS TXT record (services\/sso\/domains.py). */;
CREATE INDEX IF NOT EXISTS "idx_account_dom_domain_f28654" ON "account_domain" ("domain");
        CREATE TABLE IF NOT EXISTS "sso_connection" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "client_id" VARCHAR(255) NOT NULL,
    "client_secret_encrypted" TEXT NOT NULL,
    "metadata" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "auto_join" INT NOT NULL,
    "require_sso" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36),
    "default_role_id" CHAR(36) REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" CHAR(36) NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
) /* An account's OpenID Connect provider and its single sign-on settings (one per account). */;
        CREATE TABLE IF NOT EXISTS "sso_identity" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "linked_by" VARCHAR(20) NOT NULL,
    "last_login_at" TIMESTAMP,
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_identit_account_cd0218" UNIQUE ("account_id", "issuer", "subject"),
    CONSTRAINT "uid_sso_identit_account_df5419" UNIQUE ("account_id", "user_id")
) /* A user linked to a provider subject (`iss` + `sub`) by one account's connection. */;
        CREATE TABLE IF NOT EXISTS "sso_link_approval" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "approved_by_id" CHAR(36),
    "account_id" CHAR(36) NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_link_ap_account_b89606" UNIQUE ("account_id", "user_id")
) /* An Admin's choice: this member's identity may be linked to the account's provider at its */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "sso_identity";
        DROP TABLE IF EXISTS "sso_link_approval";
        DROP TABLE IF EXISTS "sso_connection";
        DROP TABLE IF EXISTS "account_domain";"""


MODELS_STATE = (
    "eJztXXlz2ziW/yoo/zNOrZ2Jz2Tcu1ul2Epa3Y7tkeV077SmGEqELXQogE1QVrS9/d0XAA"
    "/xACmSomSIQVUqokk8UPo9XO/+c29KLGjT153xmMywt3cB/tzD5hSyi/SjA7BnOs7yAb/h"
    "mSNbtDVjjUbUc80x7+vRtClktyxIxy5yPEQwb9wBHsQm9l6DHwn1oAUCagocgrAHTA94E4"
    "hcMGGPfwBfpiY2n6D1BRAHYsqfTYFHxFMwhdMRdOlr/maLjNmrEX7a5EtmGP0xg4ZHniBr"
    "47JX/fZvdhthC36DNPzT+Wo8ImhbCUCRxTsQ9w1v4Yh7Dw+9qw+iJf8BI2NM7NkUL1s7C2"
    "9CcNR8NkPWa07Dnz1BDF2T/bYY1Hhm2wFTwlv+N2Y3PHcGo69qLW9Y8NGc2Zxhe//5OMNj"
    "zicg3sT/O/3v4KvFmhnGze3AuO8ODGMvw1/+FVLcCG6NCeZjg8HPgfrzL7/fJSDi7h5/we"
    "WPnf7+yfkrAQFjwZMrHgq49v4ShKZn+qQC9CXKYxdyTAzTy6J9xZ54aArliCcpU8hbAenr"
    "8KIOB8IbSxYsp0gIbgjfBgDfYz/QusX2IuB9AQMGvU/d+0Hn0x1/3ZTSP2yBX2fQ5U+Oxd"
    "1F6u6+zy/CZr+/KkSdgF96gx8B/xP86/amm+Zq1G7wrz3+ncyZRwxM5oZpxYZpeDdEjbVc"
    "cl18Zvh9OTFdOa/D9ikuM7R2ka9T85thQ/zkTdifx2/eFDD2c6cvJhdrleLWTfDo2H/2Vw"
    "Jf6pnejMoR7uLZVKDcY9/KxGOYQXtJvSm8s0tZ53LQ+9ytuHYFVBfA/xxi1u7hzujdGHf9"
    "24/97v39BcjcGuKrrmjP5sHVBYj9kd6VyrGvFPcKmJfmnW3ipxnb3OpyL06/vfmyB3FV5n"
    "VvLgDEQ/yhzzp0a4FfBvt86NPI875nlB0dstD3sCdfmRI0KbiRf8RaAXcwF5RZnZ74lzg8"
    "Pjp9e/ru5Pz0HWsivmd0520B6r2bQQZUcVLLQvqeEBuaOA/WiCoF6oiRbWoQR3e2e3x6f3"
    "t7ndi43/cGqUH78Ol9t79/JMYya4Q8KEd75lg1j1NJSn2cUuU4FWIUO08F337JdS72GNXk"
    "lRjJGkKLYmvXOiLKEk0yZ7+5IpxxmgbxXC0DKokml6kfv0rlPT7ussB+IC5ET/hnuMicbV"
    "JoZtUcOzlEl3eXX9E155EaIj4/2a9nvxn6Sz57P7h5uL7eEyCPzPHXuelaRgHafE0PlCmS"
    "TTjo4MPPfWib4sd8P5gnZr1FpuxRMxBdib52cI8shZTpIMMjX+HaYDlowLtpK05jG8G1J9"
    "2l6KStEMFvDnE943cyWhOmrujoJzJqK1IIPyNPgLAmUr2oo5Yu5IH6f4KcNZH6FHXU1kHF"
    "Tm1k5o7hmkD1g25aCxOx14aIddHS+UYpYQdVtkkhD60L0z0lPb+rRVsHE4fLRvirYTqOS5"
    "5Ne33Irll3naC3tsI2h6MJIV8NiC1hEV4TtV/87rpBb21CjcuF5JhI5UGhpsgid4vhgLD/"
    "SgrfDxSWsSOoqMxYKXfHFTkJwbvfvR/0e5eDlOCdhzSF45nLljHDITYaL/JHa4h9aeHyPu"
    "j5Luq4pZsKa4HhOMRkXfTYOnmZ6LAlqPHROD2exgahuBPYT/zuOHFKQ8HHtf8V8lyIoiYH"
    "JVyJ/IkStl7pUzSYQPCMKGKdAN/aDMgjMHHo9gPC7sC+bbpPEBAMKXBnrAEFJpgT9yt0AR"
    "MbX2VdiRrse4iH+M5maANk0QOACXj0FZXgK1zQC+52BFw4Jq4FyMyz0TMUrkjRmxB/Gf/h"
    "I6jdkZTRTh8A7Y70/djPyrgjhYtYtTmWpGpyrpVwmFHS7iPDtKqrV5pOu3yVc/lyIfulwt"
    "ozWlQcyBJSbRPeLYc6iUPWPx+6D4FPWwWnLJ/qAvifQ9x/uLnp3Xy8AMHFEN8/XF52u1e8"
    "UXQ5xB86vWt+y/9MH8rKzIqjMpPiKH9OHGWnBJlTdtbyfK1ISoBAT7k+XUm6Wk5dtVj2Zl"
    "Orj+/S9Y/j45OTt8dvTs7fnZ2+fXv27k3k25V9VOTk9b73kXseJfiQdUUSKFrscF0D/JBM"
    "Y18Pe+GRGCgvJFtBLvgZutYwoDF/Rui6RKJCG8BvOZhGBLXW/t3ZTQfdXweJ8364NO9/6v"
    "z6KnHmv769+Rg2jy3ll9e377P7rltPHktSNiCP7RAnFBK/JO6LWfnrEWFEJ7XYnCLVfFaN"
    "zxlfwHy/tazlokDVXlPv6XtmFWg9I9etEjrPZdsSUZR+67gicmybaEp/AM/QRexnWGC0AC"
    "a4urkHg18HoWJxn23Jz2gM6d8pJX8PvNReOwuJ5nMD7+Aa0C8hbfCDv4AJYZALTWfwwvkE"
    "2ZCrOxFdvsnElnBVBITrOueIwgvWhAJ/ZgExn4Zs9jJq0wNT8yvk+tegx8T3ZU95YCc7FE"
    "a/i90zAZ/R/MuzxqYt3sV6cFkj2yZzaA0xwWDE3g7u/3mNPCi+0Z0/ptmdVwfB9zbxgg0X"
    "7uwhNMVh5OnUXIhfyuGc4egLCUTztLm/xWNrg/Hxb63i1Sre3VBTtVfFu1yryyoilxRbi4"
    "Lcngby7KSMBvLsJF8DyZ8lz+r+CjkWdljfQbgK3HLqFmp/z09LQH9+mos8fyQDPtqfq6Oe"
    "IG1ETH1RX4+tjfVau0iKVEssqkksyWBs6hnjCRx/rcVrCbnmt8r8Do94lW1oGUJtQZPbg9"
    "W1se8IqAXBlTHZc2vxlYoCu9LRMzmyEq6el537y85VtyjEcguqqpSfZ77KKusQulp1JXFP"
    "Xa3DuoPuYah/CTtgF57H+EHBPlfPuGQOHOiGSpQfAOsVsub/JbRFgZoJBEynEh3Wht7RsO"
    "NdkQFTulRJDGfBoFxPIbPJU/QWLZf52hpukTSWwW+GjR7FMYmPYIKtKqlaynSlM7hkLZ5+"
    "HCtDyZs56+C/sh8NvsSLAv4xQy5bueZsR2Grs8z2XJhJR96BTqpTIakOhZSuufYUdaGHfR"
    "bywIJjwKmJbCM3N8NP97c3OYJDXgdp+RuNPfB/wEZ0Y4fdmNFkNEO2x21r/H0vYTfhgCVm"
    "RcZJI+2PkRJCeAdpJw2ddCp/XuymRUWiK8mEaIW8q6wqyRBqVYnaqhIVAjebUJRUEedLKF"
    "UqRs2uoVJRgQHNK1TWU5KEyYNkepFYYqECVUiYxqic8qMT+dQc0jFxoAUYFPDJFbIkEB2x"
    "BlxNAebImwAT8LQRYDwhlD/xgNAQs7YSv51Gu9YxhgqsPQcFKg3tgNK241IZB5SvDNIsv8"
    "vFD4W0KntD7HXueheA/cezcPc/d/vG4Nbwr3gS7uSd9BJYLmquVNBchUzbOgt9LPiqXPRV"
    "UfhVBl+xcxkTk06qoJykagZrhdxRmnf/cVz4iL5VgXhJ0cahfF5mJKd3gthAPs9m5KceT/"
    "Je2wMkRqvdP9RRaWQ3adUkb3VZW0GdsSM+Nbuh1EjnJawa6r8k0eNUO9NsU/eTHrkNAFsy"
    "q+auohqbrDmp6OTLbAPI1kzxp8SquhLXzL5SOcP+Rt2/Zhbyus8wp77j8ulBoXaTtzNg1H"
    "C1ftNxILYOCbYXgKNnvwZFqc9EzzRMe+aH8HkTuIgSnknUnJt4g3bs2lHHrt3Sgm6VP+1V"
    "gr6wfKXkdrW2sdgjruH7NlZENUWogZUA62sj6yAbp9QeDjJs800iRbjugjGkpuqyeROHmZ"
    "M/uRBkeR7lFoQ9vyuD77t8fN9lTRw8g7DnY1QB5BRZGzJDJZE+LYP0aT7Sp3lIy1bilThL"
    "F+GmUG6TKYkJW2OSZxRdbaeOkau8Ou91rq9vf+HZKoOLIe53f+peinrQ4RUvE33T8ytE88"
    "+0OFvOqlrKqFolpSU0abX1fEnRvlWm+fXcr/VUFlu/dftwbX5hsaBnIlmpm3wP/hiJGj77"
    "/LU77bOvSCq2oKShRLm5LHaYr9gcL9tU8Nn8GwXjGfXY5uS+Bl/8fMxfeLYyC7roGVrg0S"
    "VTET/KY6QoGEGbzA8A5qnFePgpT0M2MbFV5LzZ6DtW5RYTcS06tZj27NwVQbe9Sk0LUcc2"
    "F5UrHaTpVD4y11ZobKDSgWO6Hi/SFcQTV5MIpcTtO8FtxJ/zEbm0ekGPJFULB/lGsBZ+g1"
    "WhThBppMsh7Z+kKqAcEbQQ4eOzMqIfa1WQLC8j/I3J1DGxxC0lH+MYSfsW543siuy8wo40"
    "Egk7vzJBjKQNIBcdKTdRm8BhiMGjSoePiKINeG9a4y/QOq6M77HGtxy+mHiyet3560VE0A"
    "Z0t75aQHeKRBKYSlrQFJkamtBWZS9RvbRbVlN2dzvo3gx6neuKLFgSXoDocojve4Ou0bm/"
    "7328EUXd4n8Oce/mc08YxoKLIe5cDnqfuxfA/+QF4e7vujdBQbjgspa1rMzR8yj/5HmUOX"
    "iKZG+19HFJSh20pXLQlq9gsMkTwrUKCKWpNbdV5jadUe5GXq8mWIpWc1plTuu0Yvkb525a"
    "UyRsz6QV0yG4OrRRpWCx9fKExzBnQtwTnvKYpizu7wPiDz/3oW3mOOAmnCT6kJKZO97FxS"
    "sP+eTizyvRNgFUyUjGnQRpmcx6Tah6UUc7e+RZgdTUYeOJ4CbAuvdz+bYIqc17e0XLVa7X"
    "V3xBW+X9ZbjxxiVqb4btgb8KQwt4BJjA7+3Az6rHS1OSOQZLjRt3ypJV2VyzN6lr19KtLf"
    "pt2rlLO3ftxma1o+JIGecurbZXVG1f4P1VkFGowOvr+5QSk8El/s5TNadQkkzDWix8L3f6"
    "NWXvpbf8bsK6Ok9LfLaWSCoUOxSuCW0Lpes0uKlZq1IBtJjgnisuhGL9SlFhFjYsISYIK5"
    "CoAR8c5nlxeXa8f/PmzasLEbnBYPVYJyA40vlnffEgOPwTF7DDBXvCpEjoyqSHzbxkhVAh"
    "UNAChRYodmMRa7FAobq7iUSU4C4dvZuPFWdXSHYBgous50jvJrwTXqXXy3Je4U1HWSNqBG"
    "uwRFNYVGwtSaiLrFUosqatvW1bDctYe7UU37gUXyMVWDNJwOr4MiqJphbety+8h2LamrA2"
    "Z+1VMXFtbJ7Wd0TQRuOXMoV2vznE9X4ioz2JWmP58KBIqwFFM+P3oN0qpUY+ILpMmAI7zY"
    "FWD3xHB2JdJoyP/Ptu//4CiI8hvrzudW8G7O/gYog7D1e9gdH97N+O/1VLN9B4TInq+pvs"
    "WvjPh+5DEJFTgU8+1QXwP4e4/3BzI7Q5wQWP+7m87HaDuJ/gcog/dHrX/Jb/qYY+5xHZnt"
    "SdMN+AHyNRw3i/89nH4gzhFg1jRKYV1WtxMq1cq6Bcc8mcGhbBEttoUcWDBNnqwgdN4f1m"
    "U8eGLRY+SGHvEc+UJBlZCX5EVwt9xYSul8Gfov+FxmghjXUvwj9Jp/Gviz/bSaHhmF6lIq"
    "AJojakG0gecc5KZYA5K8gAcyZJZOS6RKJDy8/nEBG0AeBt53MwPQ9OHVkwT+6KEidpzW56"
    "fHT69vTdyflptIhEd4rWDsk67ZluPX1HklIH9apj78vqNyaQ8WoETa8Gn9O0mtMqc/oRYU"
    "QntSZ0ilTzWWU+w28OYt3VYHOSUnNZZS7rsPyNBFywH0Nr1caWkOr6bTrnwQuVc44NxgYA"
    "bnXxYcnEVar8cMyrQ+KlkPT5yHdTQMl2JWIvKAPXhoczCgGFYxd6wEb462twK8oFTyC4/7"
    "FzeHx2ziMn+J+ivCKvrkE9Nr5khTka6XK1m8RvMaNe7ETzb+0+od0n1NwGtPvEbrtPGCJW"
    "ojPo3d74jhSxG6FLBe/g4S70q/D/4gEYl7cPy4eJP4f4rnN//8tt/8rod9mdC5D8O73Alt"
    "FzN1/Q1K+qOzFpJXNCkqoZBr9sDfcN12tT3ctls1FKl907kfI2vBri7q93vT6/FVzwipGf"
    "b3/2C0aKizrTo3lPF13MYtPFLBRSd6mG/o6cI8rqu6BT7/yYItV6TZX57MJndjaow+Ykpe"
    "ayyly2oI2eobsw1jvXSLrZ4gHHZ6rvcFPlhBPSXYDwaojT3r3+c/+Zih68lMeS1fAMWJLp"
    "CaryBPUL5xpTSKn5JPFSzXdiylJqb6Ya3kwva97bHfQrWPdeNLa9zYjWiHDPUmpsU9gGWu"
    "/KlugMobZDq5GPoS1gKmbUV3P2N27T325CBiXH6vr5GLKbVwOQlk4dsqMjtWLmkFSex0bA"
    "bWzUqgxwtdEb7fJ6UViBbvo8VNm9J2XOWTNNy+3MG5Fv3dDO044hvdE8LZ/gdARdOkHOns"
    "QFKvb0oMgFappsV8IFik9IgDAw2T9/tw6KSZjAJTZk9y3gTVwIAeeGqGSHPd4UUgosNIVY"
    "JJyP8smevJJ5RW3oLdIEtLHzmc5Aq32kdsiW2WIfqR307Yglh61g+NiVdLNsD6GGadvGeO"
    "a6wmKB2Ylg5s1cWb6GogQZK3raYs6McL3c2ZQZDEp2fquUMyZGokbOmFYVfEF4bM8sGAxn"
    "gw/1irMjpwedSabCtJhCC5mGXzpCLDUVeSCl1+tSTQZUWZ0yhHqNanyNeoKkzqSIk+m5UH"
    "4ucNyqTIGwvR75jY98nb4/lxU7KkpK/HZ0sfatRIWznaJqNPiSRMOpiv29BJzaAK+j6gUD"
    "Xt4Cr+ZobdYEz5fJBhDtB920dJzGNpMEpH12Wuj3LgcvlZkgbsiU2OVSds58wxwRDY0o8q"
    "2EaQ4DeMibizQBbMQ9ozEEZA7pAZi7yPN42gDs5xBwTUxN/6QfpBUYT0z8xJ5MTA+MTTZg"
    "KUCyuvIbeMkQD/GAPXW5Fc+FFng2XcRxoGB/PkHjCZiaCzAhtgVMQDA85EdskSXhFTBdCC"
    "AeuwseywRYt2xTyC1gX5ATAcNv3AdfpD6snhihKEOrdIeWZFIMBvl69r5NCghbzMuqjYHf"
    "jwRXxhjIpyWvIpvleUE0fYymhWHD52UMfOf5Br5zSdICo3JgdpymhSBvJDbbZnvgTBo/lI"
    "9znGaLFm2IN6X5S+FcBuV8jNMIO+bCJqZlRAeDLNT5oVpS4laM7W2Ha6nuwpH1lmosO4fq"
    "kao6L3jDecFtk3pG5dz2SSodElp9jUnLbRWFAgm5DsFWx5STlQTGtsl4UEv+S1BqLqvMZZ"
    "1Iod381YH8zVsQl8lsK8KaIdTIFloTk1mD17TStLE89UHKVJMZYEqlku5D39twT2KtiZ4d"
    "FJlq3HirlWaaX7jxYxnW9DcaRi3xlM5j4kALeORCtHCcWPwSIC4wAUUejG4eS0Knmu9+Vc"
    "xUmJFWYKdjp3TsVEkOvLSmt73mktbnl+7c8bzQd3dDfN8bdC8A/7+OYq2Mdj9ft5/R7ItP"
    "Ke452oegvcpY19Xol6odeVxQO/I4Wzty5lYyTgXN26BWy4BbEt1CeLNaYe0oq30RFRIcyv"
    "gilklQEaQSMSllAE8hltk9qiSr8NOvxIWDljBgowkrhEOiTMgKHBULBKywRYn0FLxzC1Do"
    "cZ+zsemYI2QjbwFs+MxfBu5cyOBEmDXi3VIwMZ8hwCQUmGTJKBrpc5UYpcUnLT7t0BLSZv"
    "EJStJH5R8zg+aNHDNVKtfSuIOZFo9iHh3lXDqKfDoy+LZe7L/rd6+6H3o33JtmeT3Elw/3"
    "g9tPF8D/HOJB99Pdbb/T/58LEF3WUQ8clfFLO8p3TDvKeKaFTqlGxTUmTdc+mbb55SY6qK"
    "FqKQjSdGrEYfPX6jhsHYet6LlKYvZXLQ5bseWvNdolNXHdmnLJdJAhKjeuqVTqOGjAu9nB"
    "NStXnZRMCRRmGl0TqGRq0zZCRSnhLTAUZ4A14bqn5DLqqz3TeaOqyntIaU5t8fDRQZHCks"
    "YaldBZjqDpQhcEVK9Bb+qwAU6w4Gx4m4pYV346OCS8NPgzgnPKFZIEQ+BruGW6y0b7Xh1T"
    "qxWWWmGp5sq7owfrUuGxutz0Xlah0Hi56d3Sr4ki7BVXL0HjV2sf4t6nu26fCe9BCffEn7"
    "W0aWUYcpTPkKMdr3KsSBollRa3UsECIkhuRmvtamlaHRaiMqd1mePvgcu+3F72lOK3bqG9"
    "o/HjiUgyxuRZmfqvwEkyQdU+nE9KWVpPCiytJ1lLK4qEaLbm1Kqgmt+D1nDrzJhbsxfo7I"
    "1NZ2+UTOwGAG57NcX85bCqYWajauGEKl2mHE7r2gtUxAkdf0lNcTys79aBuHcFgvcBxyXP"
    "yIKuqIyGPAoo44sNAXd5PhSaXs9jdyjY5zpdhzf0u5KVX9vce7QGWYEN4UBrkLUGOblrUT"
    "qTnQQK5LKIQmWXwZpCw1kpoeGsQGg4ywoNBXJCPsxFokEbkD4+OysTyXZ2VpBh8SwHaQrZ"
    "kuTVywJY0EUruLDtPF1T6Jl8z8nyoKgW1JJGO2EWs6SGEybEHB5ZNuuiKlAxKl0EqkKhRr"
    "77/k6QJGdMca3MOJ2uAVgBcRf+MUMuNJigVRHzFKVGvQLq2rM7/+Czm+JDGc/ukHejRVVN"
    "bZpQa7+T8yn4WkaNclsSUo2u2gkvXtR9aiMGhvggbEAPXrKokZqDdaUWXDJjG0iVVyI65B"
    "bDAWH/NR4bouQIbz40ZF2rQs+C2EPeYk9uU4geH6yyKKB4yxKe59y0JSopibSAwFyq9+ls"
    "9DvX9+9/QZR+Af8BvrA7X16B0UI4hS/tA0sjhsz9vNkX8EpR16wz3189ZlxgfJxH6TYoZy"
    "rlVgi/SBXDE/jqSrBvAjoxeY2psU1mFgjxGuLwe70C0BxPgAXH7C/2TXgXyAVkjsF8Qvwv"
    "yXMpovBJlRwfS6Vp8Ov32MhItBAGWZ0FRJtESnJAyzTaJLIp3m7eJBKughVAjpG0EOWNmE"
    "P87ZfJ2FVwThC1EelyGRQL8idm63pRz7DJE8J1HdXjxNqHWR19V3ZzUE1xoC5rW+LpuSNw"
    "7pKrp5IqmEq+njqX67bSbWzYq5PrFDoOVwGY0qrd6SYHq/Qw/PRkmPHmZZw7O9YUYa7xmB"
    "A0hgzHCaLAz5vB7oa6ClENewRjWhWu5VjqS5Yemh530MwqZTb0oiHm1dTS/qBzxMb7LPAb"
    "xU/CZdQxKZ0T1wL7fNjMeHLV0cKvCi6qepfSpWhNidaU7NA62WJNib/O1TH/Zim1hVJtC2"
    "UrQNWCRtty0CkKbCOn4vTI1ULc2kLcywgaAnWJdBFyI1+kCNm+Woq4xRA82WRk2tEx/jUY"
    "sGM7PJyayOaWS36IF5rGC+AzFsBn6C7m7JDNOqQe4eZRm8yhezg2KbSyZt1NvUQHhymwsu"
    "vzvT7fJ8/3kE/qKrajiKB1ScWOz8qk7WCtCuxzumxckVVuA2XjLOiYrjetmBglSdW+xCgb"
    "gRoTDz2isV/st/K6IaduIfSbWEVCpWrlPJAZwjYCvgG3Co94zloxprkdtIEB2w4wFWA6EF"
    "vsS63PlaKONHdqcicIHa0hPUjItX+M2v4xHnquKSqmaTWnVea0OKYZz9BlJ7da7JZ2oHmu"
    "Ms930NNRkUC6nWM1ogYvPPdI3KlBHM4DIjFAFIbT53Wh4+orxNV70J1SvkqGdUXKSncZwj"
    "YcX5PS3WkZRcZpvh7jNKPG8EEzx2Po1DvDSDvQm5rKK53jslPneFFnjklI9SxbPctC2NaY"
    "Zzld6Jmm8kzTOWLyp9xuWhElbI9qtGXcK8oXVDQCq7HkwLmZwopqTvriYoFBpkIhUa1ZKt"
    "DPMt0y56CktuKbQ1zP+J2M1oSqKzr6iYxaOqoQfkaewIAaVGo5rYJWL+qt/XBppHQZ2IbK"
    "wAbFOdfDKVawtJUgLbPeILh+qdx4qp22wpUITlsfsnRkXFtgq+QKvESYzDGXUPKc4ENww5"
    "RbJc6vbavE/ldFv+lf4GhCyNcraCPuQ7wncaFONzko8qae+425Y/iy9UrPau7fTGbeiHwD"
    "LplfiCRV8JmtFoDM/ehIcQdbDmE/9TXow8PwBYBJSRSYAMM5p806VDfc92o/6t/2ws6E4n"
    "mZU4Wyw8eM+mmpgms+xuA3jwndHpw6/NMPuyzth/0ePfVwjreF1BMbZUd7MLTVdRN94l/h"
    "8B/Hxycnb4/fnJy/Ozt9+/bs3Zt3rK34vtlHb4tMB72P3AhwEBfWQ6uA9s/+fjQrpeIvdY"
    "xg8zGCOjVVunxzqYxJRwUpk46yOZOWW0wW5NVFtZfUWyyrfde9uerdfNyrBnpIdgGCiyG+"
    "f7i87HavulcXILoc4g+d3jW/5X+mTwqlGFWKTwVsynAp2PklfMrd1+Mkq3f3ppjzZrO7+/"
    "HR6dvTdyfnp9GmHt0p2suz1vz0eariZi0h1yXM1TF9SBymyJgn02PbrSwgYoW/VIpW2zaV"
    "5jT3bqs/syXkmt/K89s/hzA2WpI4vtwtUkZaa6tUjL1Nb5YCJ+i6MsfDgvylCar2ueNsJB"
    "+vAM2auX4E3rTKgU9GqkezrCwVddgboAG/jaHrVBIwZbR6ZJca2YG6tJZuLE2rd2SVd+Tw"
    "9GSTpyyj84tNpsjUqDfJ39eaepNsAgU2C4M8SpWVRYYCGXWL9petGA7itT99609FnXGKTC"
    "uN07A+51V4LsD0ObfA8/cJaEFqOYFVFtzK+c8Cc3E37G43sV2ZBy0+tFbnlotbhBvCN9Zj"
    "WyFOrogqpZtLMyHfbSLOp9VuE/FxUiqt9cTznH36Cjz0r4GJYwmkRRpqClz4xM45/IB9IN"
    "JFi+RxYuxSgDxeKIz3OIIUeERSY6zhF/AaY9wfgyew5gmr/RQQPKddkLUuSgYB9hnxdEY9"
    "niSbm5c5UtxZg5O++kG8xXHhMyIzGnQz5FNnQcGzaSMLPBI3eg0TnfmHCZ4YnqK2GSIWMB"
    "89nl8buMR3CtVp8lTZpQ6AdsPQbhiJsCa3UrKroHkLPQWO35RNLVaYW0yiw1l+uQpAp8i0"
    "wqyUwszfHqtoUJYUWnnSuPIkSH4k0ZkUpV6IUW0x20K4p+9ssoV10oc1ljFMtTV+2ynDwp"
    "PzWsncCjtpw07w4lz55iC2bNUK3S/qSdtYVLaxhGJK5YIvGUJd7yVVmkTnRmiZ6CiZUJmo"
    "PO3Br8vSqKTVXq9YY8brYu3AXEl4X0uQrxZlWtMCIMxcBer/0AxWQvcfNV2p+L8nU+hNuE"
    "5bFHacsM4ZyyyAcExHfwDmLvI8iPltri9nnWJq+pI8eRS3xhMTP8Gs4r/pF3DFf49bBKyw"
    "gM09WwgsxgUQAMVrZFLKsOZt9r8EoBwi68urA0FAGb6AdQz9yEzfpUTr7FXZHQ60zv47On"
    "i1I3RSkZCbyk4wAo4MpgU1gxJUrdCYJbX052WU9Of5OvrzbPCkDlHdQoiqYy5sYkrWh3xL"
    "SIxEDVMIf+1Om0Iycp2WPmqwaLvSR4dBP57sSeSO4EmhxGEu26wSNfJhaPjU/b1kMVkz2C"
    "X/kF0jt/K6OZVVm4pbKEzFJ1UFhIPmLUT3qJRjxFGBY8RR1jGCvdGTeiHnnwdiJNs/D7yM"
    "vPASO3/zm9lf/w/HXs3U"
)
